package app.rapport.ui.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.rapport.domain.Platform;
import app.rapport.domain.Sphere;
import app.rapport.domain.Verdict;
import app.rapport.domain.VerdictKind;
import app.rapport.ui.FxStarted;

/**
 * A readiness cell takes another verdict object as another verdict, without comparing the two: equality would
 * word both verdicts' reasons, for every cell the table fills or scrolls to.
 */
class VerdictCellTest {

    @BeforeAll
    static void toolkit() {
        FxStarted.ensure();
    }

    @Test
    void anotherVerdictObjectIsAnotherItemEvenWhenItIsEqual() {
        VerdictCell cell = new VerdictCell(new Platform("facebook", "Facebook", Sphere.PERSONAL, 0, false));
        Verdict ready = verdict();
        Verdict sameWords = verdict();
        assertThat(sameWords).isEqualTo(ready);

        assertThat(cell.isItemChanged(ready, sameWords)).isTrue();
        assertThat(cell.isItemChanged(ready, ready)).isFalse();
        assertThat(cell.isItemChanged(null, ready)).isTrue();
    }

    private static Verdict verdict() {
        return new Verdict(VerdictKind.READY, "R1", List.of("You met in person."), "Send a request.",
                Optional.empty(), false);
    }
}
