package app.rapport.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The readiness of one contact on one platform, never a bare colour: the rule of PRODUCT.md that decided it
 * ("3c"), reasons a user can read (each naming the facts, the rule and the article), and what to do next.
 *
 * @param redirectTo where to point the contact instead; only for REDIRECT, and empty when the user has no
 *                   visible professional or brand platform to offer
 * @param collision  a professional contact connected on a personal platform while the user keeps their worlds
 *                   separate: the Collision report lists these
 */
public record Verdict(
        VerdictKind kind,
        String rule,
        List<String> reasons,
        String nextStep,
        Optional<Platform> redirectTo,
        boolean collision) {

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(redirectTo, "redirectTo");
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

    static Verdict of(VerdictKind kind, String rule, List<String> reasons, String nextStep) {
        return new Verdict(kind, rule, reasons, nextStep, Optional.empty(), false);
    }
}
