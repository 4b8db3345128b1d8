package app.rapport.ui.contacts;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import app.rapport.domain.ContactSummary;
import app.rapport.service.EditUndo;
import app.rapport.service.MergeUndo;

/** What the contacts page's undo bar offers: the last archive, merge or change to many, one at a time. */
final class ContactsUndo {

    /** One thing the user can take back. */
    sealed interface Offer {
    }

    record Archived(ContactSummary contact) implements Offer {
    }

    record Merged(MergeUndo merge) implements Offer {
    }

    record Edited(EditUndo edit) implements Offer {
    }

    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();
    private final StringBinding message = Bindings.createStringBinding(() -> word(offer.get()), offer);

    void offer(Offer next) {
        offer.set(next);
    }

    /** The offer, once: the bar empties as it is taken. */
    Offer take() {
        Offer taken = offer.get();
        offer.set(null);
        return taken;
    }

    void forget() {
        offer.set(null);
    }

    ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** What the bar says; empty when there is nothing to undo. */
    StringBinding message() {
        return message;
    }

    private static String word(Offer offer) {
        return switch (offer) {
            case Edited(EditUndo edit) -> edit.description() + ": " + (edit.contactIds().size() == 1 ? "1 contact"
                    : String.format("%,d contacts", edit.contactIds().size())) + " changed.";
            case Merged(MergeUndo merge) -> "Merged " + merge.absorbed().displayName() + " into "
                    + merge.merged().displayName() + ".";
            case Archived(ContactSummary contact) -> "Archived " + contact.displayName() + ".";
            case null -> "";
        };
    }
}
