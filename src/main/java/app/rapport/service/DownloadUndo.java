package app.rapport.service;

import java.util.List;
import java.util.Optional;

import app.rapport.domain.Link;
import app.rapport.domain.LinkSource;

/**
 * What one download import did, so that all of it can be taken back: the run that marks its interactions and
 * ledger entries, the contacts it made, and each link it touched as it was before (none when it made the link).
 */
public record DownloadUndo(String importRun, List<Long> createdContacts, List<LinkBefore> linksBefore) {

    public DownloadUndo {
        createdContacts = List.copyOf(createdContacts);
        linksBefore = List.copyOf(linksBefore);
    }

    public record LinkBefore(long contactId, String platformId, Optional<Link> link, Optional<LinkSource> source) {
    }
}
