package app.rapport.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five articles behind Rapport's rules. The specification cites them by number ([000]..[004]); the screen
 * names them by title and tells their advice in the Guide, never by number.
 */
public enum Article {
    COLLIDING_WORLDS("[000]", "Colliding worlds: connecting with professional acquaintances"),
    DRAWING_THE_LINE("[001]", "Where to draw the line with clients on personal channels"),
    PERSONAL_OR_BUSINESS("[002]", "Personal or business: sorting your new connections"),
    A_PERSONAL_NOTE("[003]", "Just when you think you understand social media"),
    LINKEDIN_IS_NOT_TWITTER("[004]", "LinkedIn does not work like Twitter");

    private static final Pattern CODE = Pattern.compile("\\[\\d{3}]");
    // How ReadinessSituation.reason appends the rule and its articles to a reason's words.
    private static final Pattern SOURCE = Pattern.compile("\\s*\u2014 rule [0-9a-z]+(\\s*(\\[\\d{3}])+)?\\s*$");
    private static final Pattern CODES = Pattern.compile("\\s*(\\[\\d{3}])+");

    private final String code;
    private final String title;

    Article(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The articles a text cites, in the order it cites them, each once. */
    public static List<Article> citedIn(String text) {
        List<Article> cited = new ArrayList<>();
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            for (Article article : values()) {
                if (article.code.equals(matcher.group()) && !cited.contains(article)) {
                    cited.add(article);
                }
            }
        }
        return cited;
    }

    /** A reason or explanation in words only: without the rule number and article numbers it carries. */
    public static String words(String text) {
        return CODES.matcher(SOURCE.matcher(text).replaceFirst("")).replaceAll("").strip();
    }
}
