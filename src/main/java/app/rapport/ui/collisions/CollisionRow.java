package app.rapport.ui.collisions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import app.rapport.domain.Contact;
import app.rapport.service.CollisionReport;

/**
 * One professional contact connected on the personal platform of its section. Whether a review is planned is a
 * property, so planning one updates this row in place instead of rebuilding the page under the user's focus.
 */
public final class CollisionRow {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Contact contact;
    private final LocalDate connectedSince;
    private final ReadOnlyBooleanWrapper reviewPlanned;
    private boolean planning;

    CollisionRow(CollisionReport.Row row) {
        this.contact = row.contact();
        this.connectedSince = row.link().since();
        this.reviewPlanned = new ReadOnlyBooleanWrapper(row.reviewPlanned());
    }

    public long contactId() {
        return contact.id();
    }

    public Contact contact() {
        return contact;
    }

    public String name() {
        return contact.displayName();
    }

    /** "Client at Analytical Engines", or just "Client" when the organization is not known. */
    public String relationshipText() {
        return contact.relationship().label()
                + (contact.organization().isBlank() ? "" : " at " + contact.organization());
    }

    public String connectedSinceText() {
        return connectedSince == null ? "Connected, since a day not known"
                : "Connected since " + DATE.format(connectedSince);
    }

    public ReadOnlyBooleanProperty reviewPlannedProperty() {
        return reviewPlanned.getReadOnlyProperty();
    }

    /** True when this call may start planning: nothing is planned yet and no request is on its way. */
    boolean startPlanning() {
        if (reviewPlanned.get() || planning) {
            return false;
        }
        planning = true;
        return true;
    }

    void planningEnded(boolean planned) {
        planning = false;
        reviewPlanned.set(reviewPlanned.get() || planned);
    }
}
