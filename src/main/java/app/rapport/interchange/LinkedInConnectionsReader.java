package app.rapport.interchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactRules;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

/**
 * Reads Connections.csv from LinkedIn's "Get a copy of your data": every row a person the user is connected to.
 * They become PROFESSIONAL contacts with a CONNECTED LinkedIn link dated "Connected On". The relationship stays
 * OTHER: being connected says nothing about whether someone is a colleague, a client or a friend, and the
 * readiness rules treat OTHER and NETWORKING_CONTACT alike, so the user loses nothing by choosing later.
 */
public final class LinkedInConnectionsReader implements ImportReader {

    static final HeaderSignature HEADER = HeaderSignature.requiring(
            "First Name, Last Name, URL, Email Address, Company, Position, Connected On",
            "First Name", "Last Name", "Connected On");
    static final String PLATFORM_ID = "linkedin";

    @Override
    public ImportBatch read(Path file) throws ImportException {
        RowIssues issues = new RowIssues();
        List<ImportedContact> contacts = new ArrayList<>();
        CsvTable.read(file, HEADER, issues, row -> contacts.add(contactFrom(row)));
        return new ImportBatch(ImportFormat.LINKEDIN_CONNECTIONS, ImportException.nameOf(file), contacts, List.of(),
                issues.skipped(), issues.warnings());
    }

    private static ImportedContact contactFrom(CsvRow row) throws RowRejected {
        String given = row.text("First Name", ContactRules.GIVEN_FAMILY_MAX);
        String family = row.text("Last Name", ContactRules.GIVEN_FAMILY_MAX);
        String name = ContactFields.name(row, "First Name and Last Name", given, family);
        if (name.isEmpty()) {
            throw new RowRejected("no name");
        }
        String profileUrl = row.text("URL", ImportedLink.HANDLE_MAX);
        List<String> emails = new ArrayList<>();
        ContactFields.addEmails(row, "Email Address", emails);
        String organization = row.text("Company", ContactRules.ORGANIZATION_MAX);
        String role = row.text("Position", ContactRules.ROLE_MAX);
        LocalDate connectedOn = row.date("Connected On");

        Contact contact = Contact.builder().displayName(name).givenName(given).familyName(family)
                .organization(organization).role(role).category(Category.PROFESSIONAL)
                .relationship(Relationship.OTHER).emails(emails).build();
        ImportedLink link = new ImportedLink(PLATFORM_ID, LinkState.CONNECTED, connectedOn, profileUrl);
        return new ImportedContact(row.line(), contact, List.of(link), profileUrl);
    }
}
