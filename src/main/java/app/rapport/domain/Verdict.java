package app.rapport.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The readiness of one contact on one platform, never a bare colour: the rule of PRODUCT.md that decided it
 * ("3c"), reasons a user can read (each naming the facts, the rule and the article), and what to do next.
 * <p>
 * A verdict kept for everyone may leave its words out and have them worked out again when they are shown
 * ({@link #wordedWhenShown}): at 30,000 contacts the words of 150,000 verdicts were some 60 MB of the heap, for a
 * page that shows a screenful of them.
 *
 * @param redirectTo where to point the contact instead; only for REDIRECT, and empty when the user has no
 *                   visible professional or brand platform to offer
 * @param collision  a professional contact connected on a personal platform while the user keeps their worlds
 *                   separate: the Collision report lists these
 */
public final class Verdict {

    private final VerdictKind kind;
    private final String rule;
    private final Optional<Platform> redirectTo;
    private final boolean collision;
    // Either the words, or what works out this very verdict again, words and all.
    private final List<String> reasons;
    private final String nextStep;
    private final Supplier<Verdict> wording;

    public Verdict(VerdictKind kind, String rule, List<String> reasons, String nextStep,
                   Optional<Platform> redirectTo, boolean collision) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.reasons = List.copyOf(reasons);
        this.nextStep = Objects.requireNonNull(nextStep, "nextStep");
        this.redirectTo = Objects.requireNonNull(redirectTo, "redirectTo");
        this.collision = collision;
        this.wording = null;
        if (reasons.isEmpty() || nextStep.isBlank()) {
            throw new IllegalArgumentException("A verdict needs reasons and a next step.");
        }
        if (redirectTo.isPresent() && kind != VerdictKind.REDIRECT) {
            throw new IllegalArgumentException("Only a REDIRECT verdict names a platform to redirect to.");
        }
        if (collision && kind != VerdictKind.CONNECTED) {
            throw new IllegalArgumentException("Only a CONNECTED verdict can be a collision.");
        }
    }

    private Verdict(Verdict worded, Supplier<Verdict> wording) {
        this.kind = worded.kind;
        this.rule = worded.rule;
        this.redirectTo = worded.redirectTo;
        this.collision = worded.collision;
        this.reasons = null;
        this.nextStep = null;
        this.wording = wording;
    }

    static Verdict of(VerdictKind kind, String rule, List<String> reasons, String nextStep) {
        return new Verdict(kind, rule, reasons, nextStep, Optional.empty(), false);
    }

    /**
     * This verdict without its words: {@code sameVerdict} gives them when asked, by working out this very
     * verdict again from inputs that have not changed.
     */
    public Verdict wordedWhenShown(Supplier<Verdict> sameVerdict) {
        return new Verdict(this, sameVerdict);
    }

    public VerdictKind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public List<String> reasons() {
        return wording == null ? reasons : wording.get().reasons();
    }

    public String nextStep() {
        return wording == null ? nextStep : wording.get().nextStep();
    }

    public Optional<Platform> redirectTo() {
        return redirectTo;
    }

    public boolean collision() {
        return collision;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verdict that && kind == that.kind && rule.equals(that.rule)
                && redirectTo.equals(that.redirectTo) && collision == that.collision
                && reasons().equals(that.reasons()) && nextStep().equals(that.nextStep());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rule, redirectTo, collision);
    }

    @Override
    public String toString() {
        return "Verdict[" + kind + ", rule " + rule + ", " + reasons() + ", next: " + nextStep()
                + redirectTo.map(platform -> ", redirect to " + platform.id()).orElse("")
                + (collision ? ", collision" : "") + "]";
    }
}
