-- Birthdays without a year and other important dates (PRODUCT.md: a date may have no year; it is kept as month
-- and day, reminded every year, and never invented a year for). A birthday whose year is known stays in
-- contact.birthday as before; one without a year is kept in birthday_month and birthday_day, and then
-- contact.birthday is empty.
ALTER TABLE contact ADD COLUMN birthday_month SMALLINT;
ALTER TABLE contact ADD COLUMN birthday_day SMALLINT;
ALTER TABLE contact ADD CONSTRAINT ck_contact_birthday_month_day CHECK (
    (birthday_month IS NULL AND birthday_day IS NULL)
    OR (birthday IS NULL AND birthday_month BETWEEN 1 AND 12 AND birthday_day BETWEEN 1 AND 31));

-- Anniversaries, work anniversaries and any named date, each reminded yearly; year_of_date is empty when the
-- year is not known.
CREATE TABLE important_date (
    contact_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    label        VARCHAR(100) NOT NULL,
    date_month   SMALLINT     NOT NULL,
    date_day     SMALLINT     NOT NULL,
    year_of_date INT,
    CONSTRAINT pk_important_date PRIMARY KEY (contact_id, position),
    CONSTRAINT fk_important_date_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT ck_important_date_month_day CHECK (date_month BETWEEN 1 AND 12 AND date_day BETWEEN 1 AND 31)
);
