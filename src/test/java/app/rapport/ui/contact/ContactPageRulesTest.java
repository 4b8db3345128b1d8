package app.rapport.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Relationship;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.TaskRunner;

/**
 * The page reads the user's templates, name and rules once for all contacts: a change of them reaches the next
 * contact shown, and the contact on the page at once.
 */
class ContactPageRulesTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    ContactPageViewModel model;
    long sam;
    long kim;

    @BeforeEach
    void open() {
        sam = add("Sam Lima");
        kim = add("Kim Ito");
        model = new ContactPageViewModel(fixture.services, TaskRunner.sameThread(),
                ChangeSignal.sameThread(fixture.services.changes()));
    }

    private long add(String name) {
        return fixture.services.contacts().save(Contact.builder().displayName(name).category(Category.PROFESSIONAL)
                .relationship(Relationship.NETWORKING_CONTACT).addedOn(ServiceFixture.TODAY).build()).id();
    }

    /** The message the LinkedIn card offers to copy. */
    private String linkedInMessage() {
        return model.pageProperty().get().platforms().stream()
                .filter(card -> card.platform().id().equals("linkedin")).findFirst()
                .flatMap(model::suggestedMessage).orElseThrow().text();
    }

    @Test
    void aTemplateChangedWhileAnotherPageShowsReachesTheNextContact() {
        model.show(sam);
        String before = linkedInMessage();
        model.show(kim);
        model.hidden();

        fixture.services.rules().saveTemplate("coffee-invitation", "Coffee next week?");
        model.show(sam);

        assertThat(before).isNotEqualTo("Coffee next week?");
        assertThat(linkedInMessage()).isEqualTo("Coffee next week?");
    }

    @Test
    void aNameChangedWhileTheContactShowsIsInItsMessageAtOnce() {
        fixture.services.rules().saveTemplate("coffee-invitation", "Coffee? Best, {myName}");
        model.show(sam);

        fixture.services.rules().saveMyName("Robin Vale");

        assertThat(linkedInMessage()).endsWith("Robin Vale");
    }
}
