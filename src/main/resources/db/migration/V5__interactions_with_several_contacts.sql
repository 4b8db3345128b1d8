-- One interaction with several people: a dinner with three friends is one row, linked to each of them. Every
-- interaction stored so far keeps its one person through the link; the interaction row no longer names anyone.
CREATE TABLE interaction_contact (
    interaction_id BIGINT NOT NULL,
    contact_id     BIGINT NOT NULL,
    CONSTRAINT pk_interaction_contact PRIMARY KEY (interaction_id, contact_id),
    CONSTRAINT fk_interaction_contact_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_interaction_contact_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
);

INSERT INTO interaction_contact (interaction_id, contact_id) SELECT id, contact_id FROM interaction;


ALTER TABLE interaction DROP CONSTRAINT fk_interaction_contact;
DROP INDEX ix_interaction_contact_date;
ALTER TABLE interaction DROP COLUMN contact_id;
CREATE INDEX ix_interaction_date ON interaction (happened_on);

-- The follow-up that many undecided contacts share ("Sort 40 people") is about no one of them.
ALTER TABLE follow_up ALTER COLUMN contact_id DROP NOT NULL;
