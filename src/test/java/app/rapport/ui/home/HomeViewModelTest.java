package app.rapport.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.service.DueFollowUp;
import app.rapport.service.HomeSummary;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.RecordingNavigator;
import app.rapport.ui.TaskRunner;

/** Where Home's due items lead, on a real store: a contact's page, or Sort for the follow-up that many share. */
class HomeViewModelTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    final RecordingNavigator navigator = new RecordingNavigator();

    @Test
    void theSharedSortFollowUpOpensSortAndAContactsOwnOpensTheirPage() {
        for (int i = 1; i <= 6; i++) {
            fixture.services.contacts().save(Contact.builder().displayName("Phone contact " + i)
                    .addedOn(ServiceFixture.TODAY.minusDays(10 + i)).build());
        }
        Contact ada = fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        fixture.store.transactVoid(tx -> tx.followUps().insert(new FollowUp(null, ada.id(), null, FollowUp.MANUAL,
                "MANUAL:call", "Call Ada", "", ServiceFixture.TODAY, FollowUpStatus.OPEN, ServiceFixture.TODAY)));
        HomeViewModel model = new HomeViewModel(fixture.services.home(), TaskRunner.sameThread(),
                ChangeSignal.sameThread(fixture.services.changes()), navigator);

        model.shown();
        HomeSummary summary = model.summaryProperty().get();
        List<DueFollowUp> due = Stream.concat(summary.overdue().stream(), summary.dueToday().stream()).toList();
        assertThat(due).extracting(DueFollowUp::title)
                .containsExactly("Sort 6 people: barbecue or business lunch?", "Call Ada");
        due.forEach(model::openDue);

        assertThat(navigator.navigated).containsExactly("page SORT", "contact " + ada.id());
    }
}
