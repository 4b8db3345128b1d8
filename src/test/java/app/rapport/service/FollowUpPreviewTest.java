package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Relationship;

/** Looking at the queue as of another day shows that day's follow-ups and leaves the stored queue alone. */
class FollowUpPreviewTest {

    static final LocalDate SEEDED = LocalDate.of(2026, 11, 20);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @BeforeEach
    void open() {
        Services services = at(SEEDED);
        Contact ada = services.contacts().save(Contact.builder().displayName("Ada Lovelace")
                .category(Category.PERSONAL).relationship(Relationship.FRIEND).keepInTouchWeeks(4).build());
        services.interactions().log(new Interaction(null, ada.id(), LocalDate.of(2026, 11, 2),
                InteractionKind.PHONE_CALL, ""));
    }

    Services at(LocalDate day) {
        return fixture.on(day);
    }

    List<FollowUp> stored() {
        return fixture.store.transact(tx -> tx.followUps().all());
    }

    @Test
    void theCadenceComesDueOnTheDayAskedAbout() {
        List<FollowUp> before = stored();

        assertThat(at(SEEDED).followUps().preview()).isEmpty();
        assertThat(at(LocalDate.of(2026, 12, 1)).followUps().preview()).singleElement().satisfies(item -> {
            assertThat(item.contactName()).isEqualTo("Ada Lovelace");
            assertThat(item.followUp().rule()).isEqualTo("F4");
            assertThat(item.followUp().due()).isEqualTo(LocalDate.of(2026, 11, 30));
        });

        assertThat(stored()).isEqualTo(before);
        assertThat(at(LocalDate.of(2026, 12, 1)).followUps().open()).isEmpty();
    }
}
