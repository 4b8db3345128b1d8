package app.rapport.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Sphere;
import app.rapport.domain.YearlyDate;

/** The vCard 4.0 export of PRODUCT.md's Interchange, read back by {@link VCardReader}. */
class VCardWriterTest {

    static final LocalDate DAY = VCardReaderTest.IMPORT_DAY;
    static final List<Platform> PLATFORMS = platforms();

    static final Contact ADA = Contact.builder().id(7L).displayName("Ada Lovelace").givenName("Ada")
            .familyName("Lovelace").organization("Analytical Engines; R&D").role("Engineer, \"first programmer\"")
            .category(Category.UNDECIDED).relationship(Relationship.OTHER)
            .emails(List.of("ada@example.com", "ada.lovelace@engines.example")).phones(List.of("+44 20 7946 0018"))
            .tags(List.of("conference-2026", "maths, poetry", "Ελληνικά"))
            .notes("Met at the regional meetup.\nLong notes are folded at 75 octets: Zoë, Łukasz, 日本語のテキスト, 🙂 — "
                    + "and a backslash \\ with a semicolon; and a comma, too.")
            .addedOn(DAY).birthday(LocalDate.of(1815, 12, 10))
            .importantDates(List.of(new ImportantDate("Anniversary", YearlyDate.of(LocalDate.of(1835, 7, 8))),
                    new ImportantDate("Started at the Engines", YearlyDate.of(6, 5)),
                    new ImportantDate("Note G published", YearlyDate.of(LocalDate.of(1843, 9, 1)))))
            .build();
    static final Contact SOLO = Contact.builder().id(8L).displayName("Cher").addedOn(DAY)
            .birthday(YearlyDate.of(5, 20)).build();

    static final List<Link> ADA_LINKS = List.of(
            new Link(7, "linkedin", LinkState.CONNECTED, DAY, "https://www.linkedin.com/in/ada"),
            new Link(7, "x", LinkState.REQUEST_SENT, DAY, "@ada"),
            new Link(7, "business-page", LinkState.CONNECTED, DAY, "Ada, the fan page"),
            new Link(7, "mastodon", LinkState.NONE, DAY, "https://mastodon.example/@ada"),
            new Link(7, "facebook", LinkState.REQUEST_RECEIVED, DAY, ""));

    @Test
    void writeThenReadGivesTheSameContactsOnceEach() throws Exception {
        byte[] file = write(List.of(new ContactCard(ADA, ADA_LINKS), new ContactCard(SOLO, List.of())));

        VCardImport result = new VCardReader(PLATFORMS, DAY).read(new ByteArrayInputStream(file), "export.vcf");

        assertThat(result.skipped()).isEmpty();
        assertThat(result.contacts()).hasSize(2);
        VCardContact ada = result.contacts().get(0);
        assertThat(ada.contact()).isEqualTo(ADA.withId(null));
        assertThat(ada.rapportId()).isEqualTo(OptionalLong.of(7));
        assertThat(ada.profiles()).containsExactly(
                new VCardProfile("linkedin", "https://www.linkedin.com/in/ada"),
                new VCardProfile("x", "@ada"),
                new VCardProfile("business-page", "Ada, the fan page"),
                new VCardProfile("mastodon", "https://mastodon.example/@ada"));
        assertThat(ada.leftOut()).isEmpty();
        VCardContact solo = result.contacts().get(1);
        assertThat(solo.contact()).isEqualTo(SOLO.withId(null));
        assertThat(solo.rapportId()).isEqualTo(OptionalLong.of(8));
    }

    @Test
    void writesVCard40WithAStableUidAndProfilesNamedByPlatform() throws Exception {
        String text = new String(write(List.of(new ContactCard(ADA, ADA_LINKS))), StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").endsWith("END:VCARD\r\n");
        assertThat(unfolded(text)).contains(
                "\r\nUID:urn:rapport:contact:7\r\n",
                "\r\nX-SOCIAL-PROFILE;TYPE=LinkedIn:https://www.linkedin.com/in/ada\r\n",
                "\r\nX-SOCIAL-PROFILE;TYPE=X/Twitter:@ada\r\n",
                "\r\nX-SOCIAL-PROFILE;TYPE=Business page:Ada, the fan page\r\n",
                "\r\nBDAY:18151210\r\n",
                "\r\nORG:Analytical Engines;R&D\r\n",
                "\r\nANNIVERSARY:18350708\r\n",
                "\r\nitem1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-05\r\n",
                "\r\nitem1.X-ABLabel:Started at the Engines\r\n",
                "\r\nitem2.X-ABDATE:1843-09-01\r\n",
                "\r\nCATEGORIES:conference-2026,maths\\, poetry,Ελληνικά\r\n");
        assertThat(text).doesNotContain("Facebook");
    }

    @Test
    void aBirthdayWithoutAYearIsWrittenWithoutOne() throws Exception {
        String text = new String(write(List.of(new ContactCard(SOLO, List.of()))), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\nBDAY:--0520\r\n");
    }

    @Test
    void everyLineFitsInSeventyFiveOctets() throws Exception {
        String text = new String(write(List.of(new ContactCard(ADA, ADA_LINKS))), StandardCharsets.UTF_8);

        assertThat(text.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    static byte[] write(List<ContactCard> cards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VCardWriter.write(cards, PLATFORMS, out);
        return out.toByteArray();
    }

    static String unfolded(String text) {
        return text.replace("\r\n ", "");
    }

    static List<Platform> platforms() {
        List<Platform> platforms = new ArrayList<>(Platform.defaults());
        platforms.add(new Platform("mastodon", "Mastodon", Sphere.PUBLIC, 5, false));
        return List.copyOf(platforms);
    }
}
