package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults and terms PRODUCT.md fixes, checked word for word. */
class ReadinessTermsTest {

    static Stream<Arguments> interactionKinds() {
        return Stream.of(
                Arguments.of(InteractionKind.IN_PERSON, InteractionStrength.STRONG, true),
                Arguments.of(InteractionKind.COFFEE_OR_MEAL, InteractionStrength.STRONG, true),
                Arguments.of(InteractionKind.WORKED_TOGETHER, InteractionStrength.STRONG, false),
                Arguments.of(InteractionKind.EVENT, InteractionStrength.MEDIUM, true),
                Arguments.of(InteractionKind.PHONE_CALL, InteractionStrength.MEDIUM, false),
                Arguments.of(InteractionKind.VIDEO_CALL, InteractionStrength.MEDIUM, false),
                Arguments.of(InteractionKind.EMAIL, InteractionStrength.WEAK, false),
                Arguments.of(InteractionKind.MESSAGE, InteractionStrength.WEAK, false),
                Arguments.of(InteractionKind.SOCIAL_MEDIA, InteractionStrength.NONE, false));
    }

    @ParameterizedTest(name = "{0} is {1}, meeting in person: {2}")
    @MethodSource("interactionKinds")
    void classifiesEveryInteractionKind(InteractionKind kind, InteractionStrength strength, boolean inPerson) {
        assertThat(InteractionStrength.of(kind)).isEqualTo(strength);
        assertThat(InteractionStrength.isMeetingInPerson(kind)).isEqualTo(inPerson);
    }

    @Test
    void settingsDefaultToProductMd() {
        assertThat(Settings.defaults()).isEqualTo(
                new Settings(Worlds.SEPARATE, LinkedInStyle.SELECTIVE, false, 21, 2, 2, 30));
    }

    @Test
    void negativePeriodsAreRefused() {
        assertThatThrownBy(() -> new Settings(Worlds.SEPARATE, LinkedInStyle.SELECTIVE, false, -1, 2, 2, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("get-to-know");
    }

    @Test
    void theFiveDefaultPlatformsInOrder() {
        assertThat(Platform.defaults()).extracting(Platform::id, Platform::name, Platform::sphere).containsExactly(
                tuple("linkedin", "LinkedIn", Sphere.PROFESSIONAL),
                tuple("facebook", "Facebook", Sphere.PERSONAL),
                tuple("instagram", "Instagram", Sphere.PERSONAL),
                tuple("x", "X/Twitter", Sphere.PUBLIC),
                tuple("business-page", "Business page", Sphere.BRAND));
        assertThat(Platform.defaults()).extracting(Platform::position).containsExactly(0, 1, 2, 3, 4);
        assertThat(Platform.defaults()).noneMatch(Platform::hidden);
    }
}
