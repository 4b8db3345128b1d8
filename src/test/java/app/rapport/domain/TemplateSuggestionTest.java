package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateSuggestionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(VerdictKind.GET_TO_KNOW_FIRST, LinkState.REQUEST_RECEIVED, Sphere.PROFESSIONAL,
                        MessageTemplate.COFFEE_INVITATION),
                Arguments.of(VerdictKind.GET_TO_KNOW_FIRST, LinkState.NONE, Sphere.PERSONAL,
                        MessageTemplate.COFFEE_INVITATION),
                Arguments.of(VerdictKind.REDIRECT, LinkState.REQUEST_RECEIVED, Sphere.PERSONAL,
                        MessageTemplate.REDIRECT_REPLY),
                Arguments.of(VerdictKind.REDIRECT, LinkState.NONE, Sphere.PERSONAL, null),
                Arguments.of(VerdictKind.KEEP_APART, LinkState.REQUEST_RECEIVED, Sphere.PERSONAL,
                        MessageTemplate.POLITE_DECLINE),
                Arguments.of(VerdictKind.KEEP_APART, LinkState.NONE, Sphere.PERSONAL, null),
                Arguments.of(VerdictKind.READY, LinkState.NONE, Sphere.PROFESSIONAL, MessageTemplate.CONNECTION_NOTE),
                Arguments.of(VerdictKind.READY, LinkState.NONE, Sphere.PUBLIC, null),
                Arguments.of(VerdictKind.READY, LinkState.REQUEST_RECEIVED, Sphere.PROFESSIONAL, null),
                Arguments.of(VerdictKind.CONNECTED, LinkState.CONNECTED, Sphere.PROFESSIONAL, null),
                Arguments.of(VerdictKind.RESPECT_DECLINE, LinkState.DECLINED_BY_THEM, Sphere.PROFESSIONAL, null),
                Arguments.of(VerdictKind.DECIDE_CATEGORY, LinkState.NONE, Sphere.PERSONAL, null));
    }

    @ParameterizedTest(name = "{0} with link {1} on a {2} platform suggests {3}")
    @MethodSource("cases")
    void suggestsTheTemplateTheNextStepNeeds(VerdictKind kind, LinkState state, Sphere sphere, String expected) {
        Verdict verdict = new Verdict(kind, "x", List.of("a reason"), "a next step",
                Optional.empty(), false);
        Optional<Link> link = state == LinkState.NONE ? Optional.empty()
                : Optional.of(new Link(1, "linkedin", state, LocalDate.of(2026, 11, 1), ""));
        Platform platform = new Platform("p", "Somewhere", sphere, 0, false);
        assertThat(TemplateSuggestion.templateIdFor(verdict, link, platform, false))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void onceTheyHaveMetGettingToKnowThemNeedsNoCoffeeInvitation() {
        Verdict verdict = new Verdict(VerdictKind.GET_TO_KNOW_FIRST, "3d", List.of("a reason"), "write it down",
                Optional.empty(), false);
        Platform linkedIn = new Platform("linkedin", "LinkedIn", Sphere.PROFESSIONAL, 0, false);

        assertThat(TemplateSuggestion.templateIdFor(verdict, Optional.empty(), linkedIn, true)).isEmpty();
        assertThat(TemplateSuggestion.templateIdFor(verdict, Optional.empty(), linkedIn, false))
                .contains(MessageTemplate.COFFEE_INVITATION);
    }
}
