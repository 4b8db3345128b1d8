package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Contact valid() {
        return new Contact(null, "Ada Lovelace", "Ada", "Lovelace", "Analytical Engines", "Engineer",
                Category.PROFESSIONAL, Relationship.CLIENT, List.of("ada@example.com"), List.of("+44 20 7946 0000"),
                List.of("conference-2026"), "Sharp", "Met at the regional meetup", LocalDate.of(2026, 10, 1), TODAY,
                "", "", 6, LocalDate.of(1815, 12, 10), false);
    }

    private static Contact with(UnaryOperator<Contact> change) {
        return change.apply(valid());
    }

    private static Contact copy(Contact c, String displayName, List<String> emails, List<String> tags, String notes,
                                Integer weeks, LocalDate metOn) {
        return c.toBuilder().displayName(displayName).emails(emails).tags(tags).notes(notes).keepInTouchWeeks(weeks)
                .metOn(metOn).build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Named.of("a complete contact is valid", valid()), null),
                Arguments.of(Named.of("blank name", with(c -> copy(c, "   ", c.emails(), c.tags(), c.notes(),
                        c.keepInTouchWeeks(), c.metOn()))), "displayName"),
                Arguments.of(Named.of("name of 201 characters", with(c -> copy(c, "x".repeat(201), c.emails(), c.tags(),
                        c.notes(), c.keepInTouchWeeks(), c.metOn()))), "displayName"),
                Arguments.of(Named.of("name of exactly 200 characters", with(c -> copy(c, "x".repeat(200), c.emails(),
                        c.tags(), c.notes(), c.keepInTouchWeeks(), c.metOn()))), null),
                Arguments.of(Named.of("email without @", with(c -> copy(c, c.displayName(), List.of("ada.example.com"),
                        c.tags(), c.notes(), c.keepInTouchWeeks(), c.metOn()))), "emails"),
                Arguments.of(Named.of("email without domain dot", with(c -> copy(c, c.displayName(), List.of("ada@example"),
                        c.tags(), c.notes(), c.keepInTouchWeeks(), c.metOn()))), "emails"),
                Arguments.of(Named.of("two emails, one with a trailing comma", with(c -> copy(c, c.displayName(),
                        List.of("ada@example.com", "a@b.org,"), c.tags(), c.notes(), c.keepInTouchWeeks(), c.metOn()))),
                        "emails"),
                Arguments.of(Named.of("the same tag twice in other case", with(c -> copy(c, c.displayName(), c.emails(),
                        List.of("Hiking", "hiking"), c.notes(), c.keepInTouchWeeks(), c.metOn()))), "tags"),
                Arguments.of(Named.of("notes over 100,000 characters", with(c -> copy(c, c.displayName(), c.emails(),
                        c.tags(), "n".repeat(100_001), c.keepInTouchWeeks(), c.metOn()))), "notes"),
                Arguments.of(Named.of("cadence of 0 weeks", with(c -> copy(c, c.displayName(), c.emails(), c.tags(),
                        c.notes(), 0, c.metOn()))), "keepInTouchWeeks"),
                Arguments.of(Named.of("no cadence", with(c -> copy(c, c.displayName(), c.emails(), c.tags(), c.notes(),
                        null, c.metOn()))), null),
                Arguments.of(Named.of("met tomorrow", with(c -> copy(c, c.displayName(), c.emails(), c.tags(), c.notes(),
                        c.keepInTouchWeeks(), TODAY.plusDays(1)))), "metOn"),
                Arguments.of(Named.of("met today", with(c -> copy(c, c.displayName(), c.emails(), c.tags(), c.notes(),
                        c.keepInTouchWeeks(), TODAY))), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validates(Contact contact, String fieldInError) {
        List<FieldError> errors = ContactRules.validate(contact, TODAY);
        if (fieldInError == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).extracting(FieldError::field).containsExactly(fieldInError);
            assertThat(errors.getFirst().message()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "\"{0}\" is an email: {1}")
    @MethodSource("emails")
    void recognisesEmails(String text, boolean isEmail) {
        assertThat(ContactRules.isEmail(text)).isEqualTo(isEmail);
    }

    static Stream<Arguments> emails() {
        return Stream.of(
                Arguments.of("ada@example.com", true),
                Arguments.of("first.last+tag@sub.example.co.uk", true),
                Arguments.of("jos\u00e9@b\u00fccher.de", true),
                Arguments.of("ada@example", false),
                Arguments.of("ada example@x.com", false),
                Arguments.of("@example.com", false),
                Arguments.of("ada@@example.com", false),
                Arguments.of("ada@example.", false));
    }
}
