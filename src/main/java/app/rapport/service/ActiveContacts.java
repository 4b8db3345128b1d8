package app.rapport.service;

import java.util.List;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Platform;
import app.rapport.store.RuleInputs;

/**
 * The active contacts among the rules' inputs, with what the readiness engine reads about each, whichever page
 * asks.
 */
record ActiveContacts(List<Contact> contacts, RuleInputs inputs) {

    static ActiveContacts of(RuleInputs inputs) {
        return new ActiveContacts(inputs.contacts().stream().filter(contact -> !contact.archived()).toList(), inputs);
    }

    List<Platform> platforms() {
        return inputs.platforms();
    }

    List<Platform> visiblePlatforms() {
        return ReadinessService.visible(inputs.platforms());
    }

    List<Interaction> interactionsOf(Contact contact) {
        return inputs.interactionsOf(contact);
    }
}
