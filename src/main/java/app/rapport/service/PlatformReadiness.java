package app.rapport.service;

import java.util.Optional;

import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.Verdict;

/** One platform card on a contact's page: the link there, if any, and the verdict. */
public record PlatformReadiness(Platform platform, Optional<Link> link, Verdict verdict) {
}
