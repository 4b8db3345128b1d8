package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateSuggestionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(VerdictKind.GET_TO_KNOW_FIRST, LinkState.REQUEST_RECEIVED, MessageTemplate.COFFEE_INVITATION),
                Arguments.of(VerdictKind.GET_TO_KNOW_FIRST, LinkState.NONE, MessageTemplate.COFFEE_INVITATION),
                Arguments.of(VerdictKind.REDIRECT, LinkState.REQUEST_RECEIVED, MessageTemplate.REDIRECT_REPLY),
                Arguments.of(VerdictKind.KEEP_APART, LinkState.REQUEST_RECEIVED, MessageTemplate.POLITE_DECLINE),
                Arguments.of(VerdictKind.READY, LinkState.NONE, MessageTemplate.CONNECTION_NOTE),
                Arguments.of(VerdictKind.READY, LinkState.REQUEST_RECEIVED, null),
                Arguments.of(VerdictKind.CONNECTED, LinkState.CONNECTED, null),
                Arguments.of(VerdictKind.RESPECT_DECLINE, LinkState.DECLINED_BY_THEM, null),
                Arguments.of(VerdictKind.DECIDE_CATEGORY, LinkState.NONE, null));
    }

    @ParameterizedTest(name = "{0} with link {1} suggests {2}")
    @MethodSource("cases")
    void suggestsTheTemplateTheNextStepNeeds(VerdictKind kind, LinkState state, String expected) {
        Verdict verdict = new Verdict(kind, "x", List.of("a reason"), "a next step",
                Optional.empty(), false);
        Optional<Link> link = state == LinkState.NONE ? Optional.empty()
                : Optional.of(new Link(1, "linkedin", state, LocalDate.of(2026, 11, 1), ""));
        assertThat(TemplateSuggestion.templateIdFor(verdict, link)).isEqualTo(Optional.ofNullable(expected));
    }
}
