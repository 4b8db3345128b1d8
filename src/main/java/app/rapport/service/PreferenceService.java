package app.rapport.service;

import java.util.Optional;

import app.rapport.store.Store;

/** The user's preferences and remembered window state, kept in the store beside the data. */
public final class PreferenceService {

    private final Store store;

    public PreferenceService(Store store) {
        this.store = store;
    }

    public Optional<String> get(String name) {
        return store.transact(tx -> tx.settings().get(name));
    }

    public void put(String name, String value) {
        store.transactVoid(tx -> {
            tx.touchedNothingShown();
            tx.settings().put(name, value);
        });
    }
}
