package app.rapport.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.rapport.domain.YearlyDate;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.FormattedName;
import ezvcard.property.RawProperty;

/**
 * What each card of a real file says, read straight from the file with ez-vcard (not with Rapport's reader), so
 * the corpus test compares Rapport with the file itself rather than with values typed by hand.
 */
final class CorpusCards {

    /** The shared corpus, beside the project (CI checks out shared/ next to the clone). */
    static final Path FOLDER = Path.of("..", "shared", "corpus", "vcard");
    private static final Pattern CHARSET = Pattern.compile("(?i)CHARSET=([A-Za-z0-9_-]+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})(T.*)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");

    /** One card: the name a phone would show for it, and its birthday (null for none). */
    record Card(String name, YearlyDate birthday) {
    }

    private CorpusCards() {
    }

    static List<Path> files() throws IOException {
        assertThat(FOLDER).as("the vCard corpus at %s (shared/ must be checked out beside the project)",
                FOLDER.toAbsolutePath().normalize()).isDirectory();
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> vcards = files.filter(file -> file.toString().endsWith(".vcf")).sorted().toList();
            assertThat(vcards).as("vCards in %s", FOLDER).isNotEmpty();
            return vcards;
        }
    }

    static List<Card> cards(Path file) throws IOException {
        return Ezvcard.parse(text(file)).all().stream().map(CorpusCards::card).toList();
    }

    /** The file's text: UTF-8, or else the one legacy charset its vCard 2.1 properties name. */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            Matcher charset = CHARSET.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
            while (charset.find()) {
                if (!charset.group(1).equalsIgnoreCase("UTF-8")) {
                    return new String(bytes, Charset.forName(charset.group(1)));
                }
            }
            throw notUtf8;
        }
    }

    private static Card card(VCard card) {
        String structured = card.getStructuredName() == null ? ""
                : (clean(card.getStructuredName().getGiven()) + " " + clean(card.getStructuredName().getFamily()))
                        .strip();
        String organization = card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? ""
                : clean(card.getOrganization().getValues().getFirst());
        RawProperty showAs = card.getExtendedProperty("X-ABSHOWAS");
        boolean company = showAs != null && "COMPANY".equalsIgnoreCase(clean(showAs.getValue()));
        String name = Stream.of(company ? organization : "",
                        card.getFormattedNames().stream().map(FormattedName::getValue).map(CorpusCards::clean)
                                .filter(value -> !value.isEmpty()).findFirst().orElse(""),
                        structured, organization,
                        card.getEmails().isEmpty() ? "" : clean(card.getEmails().getFirst().getValue()),
                        card.getTelephoneNumbers().isEmpty() ? "" : telephone(card))
                .filter(value -> !value.isEmpty()).findFirst().orElse("");
        return new Card(name, birthday(card));
    }

    private static String telephone(VCard card) {
        var telephone = card.getTelephoneNumbers().getFirst();
        return telephone.getText() != null ? clean(telephone.getText()) : clean(telephone.getUri().getNumber());
    }

    private static YearlyDate birthday(VCard card) {
        DateOrTimeProperty birthday = card.getBirthday();
        if (birthday == null) {
            RawProperty raw = card.getExtendedProperty("BDAY");
            return raw == null ? null : fromText(raw.getValue());
        }
        if (birthday.getDate() != null) {
            return YearlyDate.of(day(birthday.getDate()));
        }
        if (birthday.getPartialDate() != null) {
            var partial = birthday.getPartialDate();
            return partial.getYear() == null ? YearlyDate.of(partial.getMonth(), partial.getDate())
                    : YearlyDate.of(LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate()));
        }
        return fromText(birthday.getText());
    }

    private static LocalDate day(Temporal temporal) {
        return switch (temporal) {
            case LocalDate date -> date;
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            case OffsetDateTime dateTime -> dateTime.toLocalDate();
            case Instant instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate();
            default -> throw new IllegalArgumentException("a birthday of " + temporal.getClass());
        };
    }

    private static YearlyDate fromText(String text) {
        String value = clean(text).toUpperCase(Locale.ROOT);
        Matcher date = DATE.matcher(value);
        if (date.matches()) {
            return YearlyDate.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3))));
        }
        Matcher noYear = NO_YEAR.matcher(value);
        if (noYear.matches()) {
            return YearlyDate.of(Integer.parseInt(noYear.group(1)), Integer.parseInt(noYear.group(2)));
        }
        throw new IllegalArgumentException("a birthday written as " + text);
    }

    private static String clean(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
