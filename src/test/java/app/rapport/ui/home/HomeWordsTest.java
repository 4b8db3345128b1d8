package app.rapport.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;

/** Home's counts group their thousands, as the sidebar's badge and the follow-ups page do. */
class HomeWordsTest {

    @Test
    void whatIsLeftOutOfAListGroupsItsThousands() {
        // The tests run in US English (see the pom): the words' dates are formatted once, in that locale.
        assertThat(HomeWords.more(3)).isEqualTo("and 3 more");
        assertThat(HomeWords.more(2_814)).isEqualTo("and 2,814 more");
    }

    @Test
    void theSlicesAndThePendingRequestsGroupTheirThousandsToo() {
        assertThat(HomeWords.sliceLabel(Category.PROFESSIONAL, 30_000)).isEqualTo("Professional (30,000)");
        assertThat(HomeWords.waiting("LinkedIn", 1_204)).isEqualTo("LinkedIn \u2014 1,204 waiting");
        assertThat(HomeWords.waiting(2)).isEqualTo("2 waiting");
    }
}
