package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md's message templates: each placeholder, its fallbacks, and text that must come out as typed. */
class MessageTemplateTest {

    static final Platform LINKEDIN = new Platform("linkedin", "LinkedIn", Sphere.PROFESSIONAL, 0, false);

    record Case(String name, String body, String displayName, String givenName, String howWeMet, String myName,
                String expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Ada Lovelace, met at "the Analytical Engine demo", written to by Sam, unless a case says otherwise. */
    static Case expect(String name, String body, String expected) {
        return new Case(name, body, "Ada Lovelace", "Ada", "the Analytical Engine demo", "Sam", expected);
    }

    static Case expect(String name, String body, String displayName, String givenName, String howWeMet,
                       String myName, String expected) {
        return new Case(name, body, displayName, givenName, howWeMet, myName, expected);
    }

    static Stream<Case> cases() {
        return Stream.of(
                expect("{firstName} is the given name", "Hi {firstName}", "Hi Ada"),
                expect("{howWeMet} is how we met", "since {howWeMet}.", "since the Analytical Engine demo."),
                expect("{platform} is the platform's name", "on {platform}", "on LinkedIn"),
                expect("{myName} is the user's name", "Best, {myName}", "Best, Sam"),
                expect("every placeholder at once, some twice",
                        "{firstName}/{howWeMet}/{platform}/{myName}/{firstName}",
                        "Ada/the Analytical Engine demo/LinkedIn/Sam/Ada"),

                expect("no given name: the first word of the display name", "Hi {firstName}",
                        "Grace Brewster Hopper", "", "", "Sam", "Hi Grace"),
                expect("no given name, one-word display name", "Hi {firstName}",
                        "Cher", "  ", "", "Sam", "Hi Cher"),
                expect("no given name, display name with inner tabs and spaces", "Hi {firstName}",
                        "Alan \t  Turing", "", "", "Sam", "Hi Alan"),
                expect("the given name wins over the display name", "Hi {firstName}",
                        "Dr. Hopper", "Grace", "", "Sam", "Hi Grace"),

                expect("blank howWeMet reads naturally", "I enjoyed meeting you {howWeMet}.",
                        "Ada Lovelace", "Ada", "   ", "Sam", "I enjoyed meeting you when we met."),
                expect("no name of mine: the trailing gap is trimmed", "Thanks, {firstName}. {myName}",
                        "Ada Lovelace", "Ada", "", "", "Thanks, Ada."),
                expect("my name is stripped", "{myName}!",
                        "Ada Lovelace", "Ada", "", "  Sam  ", "Sam!"),

                expect("an unknown placeholder is left as typed", "Hi {nickname}, {firstName}",
                        "Hi {nickname}, Ada"),
                expect("a wrongly cased placeholder is unknown", "Hi {FirstName}", "Hi {FirstName}"),
                expect("a placeholder with spaces is not one", "Hi { firstName }", "Hi { firstName }"),
                expect("stray braces stay", "{ {} {{firstName}} }", "{ {} {Ada} }"),

                expect("$ and \\ in the user's name are literal", "{myName}",
                        "Ada Lovelace", "Ada", "", "C:\\Users\\$1 $HOME \\$", "C:\\Users\\$1 $HOME \\$"),
                expect("$ and \\ in how we met are literal", "({howWeMet})",
                        "Ada Lovelace", "Ada", "the $5 \\ coffee at $0", "Sam", "(the $5 \\ coffee at $0)"),
                expect("$ and \\ in a display name are literal", "Hi {firstName}",
                        "$ada\\ Lovelace", "", "", "Sam", "Hi $ada\\"),
                expect("a value that looks like a placeholder is not filled again", "{howWeMet}",
                        "Ada Lovelace", "Ada", "{myName}'s {platform} party", "Sam", "{myName}'s {platform} party"),
                expect("a body with no placeholders is unchanged but for the outer spaces", "  Just text.\n",
                        "Just text."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fill(Case c) {
        MessageTemplate template = new MessageTemplate("t", "Test", c.body());

        assertThat(template.fill(contact(c.displayName(), c.givenName(), c.howWeMet()), LINKEDIN, c.myName()))
                .isEqualTo(c.expected());
    }

    @Test
    void aNullNameOfMineFillsAsEmpty() {
        // Before the user has typed their name in the settings there is none; the note must still fill.
        MessageTemplate template = new MessageTemplate("t", "Test", "Hi {firstName}, see you. {myName}");

        assertThat(template.fill(contact("Ada Lovelace", "Ada", ""), LINKEDIN, null)).isEqualTo("Hi Ada, see you.");
    }

    static Contact contact(String displayName, String givenName, String howWeMet) {
        return Contact.builder().id(1L).displayName(displayName).givenName(givenName)
                .category(Category.PROFESSIONAL).relationship(Relationship.COLLEAGUE).howWeMet(howWeMet)
                .addedOn(LocalDate.of(2026, 1, 1)).build();
    }
}
