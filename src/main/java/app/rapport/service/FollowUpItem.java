package app.rapport.service;

import app.rapport.domain.FollowUp;

/** A follow-up as the queue shows it: whom it is about, where, and why it is there in plain words. */
public record FollowUpItem(FollowUp followUp, String contactName, String platformName, String why) {

    public boolean isManual() {
        return FollowUp.MANUAL.equals(followUp.rule());
    }
}
