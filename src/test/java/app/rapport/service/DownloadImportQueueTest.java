package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpRule;
import app.rapport.interchange.download.DownloadFixtures;

/**
 * A download import, and its undo, re-evaluate the follow-ups only of those they touched (and of whom the
 * line of five moves): the queue they leave is the one re-evaluating everyone would give.
 */
class DownloadImportQueueTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @Test
    void anImportAndItsUndoLeaveTheQueueAsReEvaluatingEveryoneWould() throws Exception {
        // Six undecided people, added a month ago, share one Sort follow-up. Carol's Facebook request in the
        // download takes her out of it, and the five left each get their own again, untouched by the import.
        for (String name : List.of("Carol King", "Dan Ek", "Eve Fox", "Fay Gold", "Gus Hale", "Hal Ives")) {
            undecided(name);
        }
        fixture.services.followUps().reevaluateAll();
        assertThat(open()).extracting(FollowUp::rule).as("before").containsExactly(FollowUpRule.SORT.name());

        DownloadImportService downloads = fixture.services.downloads();
        DownloadPlan plan = downloads.plan(downloads.read(List.of(
                DownloadFixtures.zip("facebook-2024", fixture.scratch()))), Set.of());
        DownloadImportService.Result result = downloads.apply(plan, Map.of(), WorkProgress.NONE);

        List<FollowUp> afterImport = open();
        assertThat(afterImport).extracting(FollowUp::rule).as("five own F6 and Carol's request")
                .contains(FollowUpRule.F6.name()).doesNotContain(FollowUpRule.SORT.name());
        assertThat(afterImport).as("after the import").isEqualTo(openAfterReEvaluatingEveryone());

        downloads.undo(result.undo());

        List<FollowUp> afterUndo = open();
        assertThat(afterUndo).extracting(FollowUp::rule).as("after the undo")
                .containsExactly(FollowUpRule.SORT.name());
        assertThat(afterUndo).isEqualTo(openAfterReEvaluatingEveryone());
    }

    private void undecided(String name) {
        fixture.store.transactVoid(tx -> tx.contacts().insert(Contact.builder().displayName(name)
                .category(Category.UNDECIDED).addedOn(ServiceFixture.TODAY.minusMonths(1)).build()));
    }

    private List<FollowUp> open() {
        return fixture.store.transact(tx -> tx.followUps().open());
    }

    private List<FollowUp> openAfterReEvaluatingEveryone() {
        fixture.services.followUps().reevaluateAll();
        return open();
    }
}
