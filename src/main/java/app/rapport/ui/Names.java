package app.rapport.ui;

import java.text.Collator;
import java.util.Comparator;

/** How names are ordered on screen: as the user's language orders them ("Élodie" before "Tomás"), case aside. */
public final class Names {

    private Names() {
    }

    public static Comparator<String> order() {
        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
