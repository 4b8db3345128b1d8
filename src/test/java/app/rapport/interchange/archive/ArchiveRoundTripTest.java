package app.rapport.interchange.archive;

import static app.rapport.interchange.archive.ArchiveFixtures.FULL_ARCHIVE;
import static app.rapport.interchange.archive.ArchiveFixtures.IMPORT_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Settings;

/** INTERCHANGE.md: export then import gives the same data. */
class ArchiveRoundTripTest {

    @Test
    void readsAFullArchive() throws Exception {
        try (InputStream in = ArchiveFixtures.fullFile()) {
            assertThat(new ArchiveReader(IMPORT_DAY).read(in, "full.rapport.json")).isEqualTo(FULL_ARCHIVE);
        }
    }

    @Test
    void writesEveryFieldUnderTheNameTheFormatGivesIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = ArchiveFixtures.fullFile()) {
            assertThat(json.readTree(ArchiveFixtures.write(FULL_ARCHIVE))).isEqualTo(json.readTree(in));
        }
    }

    @Test
    void writeThenReadGivesTheSameArchive() throws Exception {
        assertThat(ArchiveFixtures.read(ArchiveFixtures.write(FULL_ARCHIVE))).isEqualTo(FULL_ARCHIVE);
    }

    @Test
    void aLinkWhoseDayIsNotKnownGoesThereAndBackWithoutOne() throws Exception {
        Archive unknownDay = new Archive(Settings.defaults(), Platform.defaults(), List.of(new ArchivedContact("c1",
                Contact.builder().displayName("Ada Lovelace").addedOn(IMPORT_DAY).build(),
                List.of(new ArchivedLink("linkedin", LinkState.CONNECTED, null, "")), List.of())),
                List.of(), List.of());

        byte[] written = ArchiveFixtures.write(unknownDay);

        assertThat(new ObjectMapper().readTree(written).at("/contacts/0/links/0/since").isNull()).isTrue();
        assertThat(ArchiveFixtures.read(written)).isEqualTo(unknownDay);
    }

    @Test
    void namesInAnyScriptStayAsTheyAreInUtf8() throws Exception {
        String text = new String(ArchiveFixtures.write(FULL_ARCHIVE), StandardCharsets.UTF_8);

        assertThat(text).contains("\"Zoë Brontë-Şahin\"", "\"李小龍\"", "\"🙂 happy\"", "\"Ελληνικά & Co.\"");
    }

    @Test
    void thirtyThousandContactsGoThereAndBack() throws Exception {
        List<ArchivedContact> contacts = new ArrayList<>();
        for (int i = 1; i <= 30_000; i++) {
            contacts.add(new ArchivedContact("c" + i, Contact.builder().displayName("Person " + i)
                    .givenName("Person").familyName("No. " + i).organization("Company " + i % 500).role("Role")
                    .category(Category.PROFESSIONAL).relationship(Relationship.COLLEAGUE)
                    .emails(List.of("person" + i + "@example.com")).phones(List.of("+1 555 " + i))
                    .tags(List.of("imported")).notes("Notes about person " + i).howWeMet("LinkedIn")
                    .metOn(LocalDate.of(2020, 1, 1)).addedOn(LocalDate.of(2020, 1, 1)).build(),
                    List.of(new ArchivedLink("linkedin", LinkState.CONNECTED, LocalDate.of(2020, 1, 1),
                            "https://www.linkedin.com/in/person-" + i)),
                    List.of(new ArchivedInteraction(LocalDate.of(2021, 1, 1), InteractionKind.EMAIL, ""))));
        }
        Archive big = new Archive(Settings.defaults(), Platform.defaults(), contacts,
                List.of(new ArchivedFollowUp("c30000", null, "MANUAL", "Say hello", LocalDate.of(2026, 12, 1),
                        FollowUpStatus.OPEN, "", "", IMPORT_DAY)),
                List.of());

        assertThat(ArchiveFixtures.read(ArchiveFixtures.write(big))).isEqualTo(big);
    }

    @Test
    void leavesTheStreamOpenForTheCallerToClose() throws Exception {
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(OutputStream.nullOutputStream()) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
            }
        };

        ArchiveWriter.write(FULL_ARCHIVE, out);

        assertThat(closed[0]).isFalse();
    }
}
