package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a reason shows on screen: its words, and the articles it comes from by title, never a code. */
class ArticleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ana declined your request on 1 Mar 2026 \u2014 rule 2 [000]|Ana declined your request on 1 Mar 2026",
            "Ana is a professional contact \u2014 rule 4c [000][001][002]|Ana is a professional contact",
            "You and Ana have been connected since 5 Mar 2026 \u2014 rule 1|You and Ana have been connected since 5 Mar 2026",
            "They asked to connect before you know them well: meet first [003][004]|They asked to connect before you know them well: meet first",
            "Nothing cited here|Nothing cited here"})
    void showsOnlyTheWords(String reason, String words) {
        assertThat(Article.words(reason)).isEqualTo(words);
    }

    @Test
    void namesTheArticlesAReasonCitesOnceEachInOrder() {
        assertThat(Article.citedIn("x \u2014 rule 4c [002][000][002]"))
                .containsExactly(Article.PERSONAL_OR_BUSINESS, Article.COLLIDING_WORLDS);
        assertThat(Article.citedIn("x \u2014 rule 1")).isEmpty();
    }

    @Test
    void everyReasonOfTheEngineReadsWithoutCodes() {
        for (String reason : List.of(ReadinessSituation.reason("3d", "[003][004]", "You have not spoken with Ana"))) {
            assertThat(Article.words(reason)).isEqualTo("You have not spoken with Ana").doesNotContain("[", "rule");
            assertThat(Article.citedIn(reason)).extracting(Article::title)
                    .containsExactly("Just when you think you understand social media",
                            "LinkedIn does not work like Twitter");
        }
    }
}
