package app.rapport.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The readiness of one contact on one platform, never a bare colour: the rule of PRODUCT.md that decided it
 * ("3c"), reasons a user can read (each naming the facts, the rule and the article), and what to do next.
 * <p>
 * The rules word their reasons and next step when asked, not when they decide: working out everyone's
 * readiness, 150,000 verdicts at 30,000 contacts, needs only their kinds, and a page shows the words of a
 * screenful. Worded up front they were half the time of working out every verdict.
 */
public final class Verdict {

    private final VerdictKind kind;
    private final String rule;
    private final Supplier<List<String>> reasons;
    private final Supplier<String> nextStep;
    private final Optional<Platform> redirectTo;
    private final boolean collision;

    public Verdict(VerdictKind kind, String rule, List<String> reasons, String nextStep,
                   Optional<Platform> redirectTo, boolean collision) {
        this(kind, rule, constant(List.copyOf(reasons)), constant(Objects.requireNonNull(nextStep, "nextStep")),
                redirectTo, collision);
        if (reasons.isEmpty() || nextStep.isBlank()) {
            throw new IllegalArgumentException("A verdict needs reasons and a next step.");
        }
    }

    private Verdict(VerdictKind kind, String rule, Supplier<List<String>> reasons, Supplier<String> nextStep,
                    Optional<Platform> redirectTo, boolean collision) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.reasons = reasons;
        this.nextStep = nextStep;
        this.redirectTo = Objects.requireNonNull(redirectTo, "redirectTo");
        this.collision = collision;
        if (redirectTo.isPresent() && kind != VerdictKind.REDIRECT) {
            throw new IllegalArgumentException("Only a REDIRECT verdict names a platform to redirect to.");
        }
        if (collision && kind != VerdictKind.CONNECTED) {
            throw new IllegalArgumentException("Only a CONNECTED verdict can be a collision.");
        }
    }

    /** A verdict worded when asked, by functions of facts that do not change. */
    static Verdict worded(VerdictKind kind, String rule, Supplier<List<String>> reasons, Supplier<String> nextStep) {
        return worded(kind, rule, reasons, nextStep, Optional.empty(), false);
    }

    static Verdict worded(VerdictKind kind, String rule, Supplier<List<String>> reasons, Supplier<String> nextStep,
                          Optional<Platform> redirectTo, boolean collision) {
        return new Verdict(kind, rule, reasons, nextStep, redirectTo, collision);
    }

    public VerdictKind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public List<String> reasons() {
        List<String> words = List.copyOf(reasons.get());
        if (words.isEmpty()) {
            throw new IllegalStateException("A verdict needs reasons.");
        }
        return words;
    }

    public String nextStep() {
        String step = nextStep.get();
        if (step.isBlank()) {
            throw new IllegalStateException("A verdict needs a next step.");
        }
        return step;
    }

    /**
     * Where to point the contact instead; only for REDIRECT, and empty when the user has no visible professional
     * or brand platform to offer.
     */
    public Optional<Platform> redirectTo() {
        return redirectTo;
    }

    /**
     * A professional contact connected on a personal platform while the user keeps their worlds separate: the
     * Collision report lists these.
     */
    public boolean collision() {
        return collision;
    }


    private static <T> Supplier<T> constant(T value) {
        return () -> value;
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
