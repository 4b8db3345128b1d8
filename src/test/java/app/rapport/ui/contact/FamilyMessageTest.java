package app.rapport.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Relationship;
import app.rapport.domain.VerdictKind;
import app.rapport.service.PlatformReadiness;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.TaskRunner;

/** A family member or friend not yet vouched for on LinkedIn is not offered a stranger's coffee invitation. */
class FamilyMessageTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @ParameterizedTest(name = "{0}: coffee invitation offered = {1}")
    @CsvSource({"FAMILY, false", "FRIEND, false", "NETWORKING_CONTACT, true"})
    void theCoffeeInvitationIsForPeopleNotYetKnown(Relationship relationship, boolean offered) {
        long id = fixture.services.contacts().save(Contact.builder().displayName("Sam Lima")
                .category(Category.PERSONAL).relationship(relationship).addedOn(ServiceFixture.TODAY).build()).id();
        ContactPageViewModel model = new ContactPageViewModel(fixture.services, TaskRunner.sameThread(),
                ChangeSignal.sameThread(fixture.services.changes()));
        model.show(id);

        PlatformReadiness linkedIn = model.pageProperty().get().platforms().stream()
                .filter(card -> card.platform().id().equals("linkedin")).findFirst().orElseThrow();

        assertThat(linkedIn.verdict().kind()).isEqualTo(VerdictKind.GET_TO_KNOW_FIRST);
        assertThat(model.suggestedMessage(linkedIn).isPresent()).isEqualTo(offered);
    }
}
