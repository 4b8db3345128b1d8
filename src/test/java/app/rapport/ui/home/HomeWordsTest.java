package app.rapport.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Home's counts group their thousands, as the sidebar's badge and the follow-ups page do. */
class HomeWordsTest {

    @Test
    void whatIsLeftOutOfAListGroupsItsThousands() {
        // The tests run in US English (see the pom): the words' dates are formatted once, in that locale.
        assertThat(HomeWords.more(3)).isEqualTo("and 3 more");
        assertThat(HomeWords.more(2_814)).isEqualTo("and 2,814 more");
    }
}
