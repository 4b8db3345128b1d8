package app.rapport.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.rapport.domain.ContactRules;
import app.rapport.domain.LinkState;

/**
 * Reads Invitations.csv from LinkedIn's "Get a copy of your data": the requests still open, each from the user's
 * side. INCOMING is a request received from the person in "From", OUTGOING one sent to the person in "To". Newer
 * exports add both profile URLs (inviterProfileUrl, inviteeProfileUrl); the other person's is kept for matching.
 * Matching to contacts is left to the importing service, which knows the store ({@link ImportedRequest#isFor}).
 */
public final class LinkedInInvitationsReader implements ImportReader {

    static final HeaderSignature HEADER = HeaderSignature.requiring("From, To, Sent At, Message, Direction",
            "From", "To", "Sent At", "Direction");

    @Override
    public ImportBatch read(Path file) throws ImportException {
        RowIssues issues = new RowIssues();
        List<ImportedRequest> requests = new ArrayList<>();
        CsvTable.read(file, HEADER, issues, row -> requests.add(requestFrom(row)));
        return new ImportBatch(ImportFormat.LINKEDIN_INVITATIONS, ImportException.nameOf(file), List.of(), requests,
                issues.skipped(), issues.warnings());
    }

    private static ImportedRequest requestFrom(CsvRow row) throws RowRejected {
        String direction = row.get("Direction").toUpperCase(Locale.ROOT);
        boolean incoming = direction.equals("INCOMING");
        if (!incoming && !direction.equals("OUTGOING")) {
            throw new RowRejected("Direction is \"" + CsvRow.shortened(row.get("Direction"))
                    + "\", not INCOMING or OUTGOING");
        }
        String name = row.text(incoming ? "From" : "To", ContactRules.NAME_MAX);
        if (name.isEmpty()) {
            throw new RowRejected("no name");
        }
        String profileUrl = row.text(incoming ? "inviterProfileUrl" : "inviteeProfileUrl", ImportedLink.HANDLE_MAX);
        String message = row.multiline("Message", ContactRules.NOTES_MAX);
        LinkState state = incoming ? LinkState.REQUEST_RECEIVED : LinkState.REQUEST_SENT;
        return new ImportedRequest(row.line(), name, profileUrl, state, row.date("Sent At"), message);
    }
}
