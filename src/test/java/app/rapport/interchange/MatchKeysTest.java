package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MatchKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.linkedin.com/in/ada-lovelace", "http://linkedin.com/in/Ada-Lovelace/",
            "https://uk.linkedin.com/in/ada-lovelace?trk=people-guest", "www.linkedin.com/in/ada-lovelace#about",
            " linkedin.com/in/ada-lovelace// "})
    void aProfileUrlHasOneKeyHoweverItWasCopied(String url) {
        assertThat(MatchKeys.profile(url)).isEqualTo("linkedin.com/in/ada-lovelace");
    }

    @Test
    void aBlankProfileHasNoKey() {
        assertThat(MatchKeys.profile("  ")).isEmpty();
        assertThat(MatchKeys.profile(null)).isEmpty();
    }

    @Test
    void namesCompareIgnoringCaseAndSpacing() {
        assertThat(MatchKeys.name("  Zoë   BRONTË ")).isEqualTo(MatchKeys.name("zoë brontë"));
        assertThat(MatchKeys.name("Zoe Bronte")).isNotEqualTo(MatchKeys.name("Zoë Brontë"));
    }
}
