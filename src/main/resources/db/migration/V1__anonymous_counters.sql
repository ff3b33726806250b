-- Anonymous statistics of completed checks: per date, what was counted (e.g. a scheme's verdict) and how often.
-- Nothing here can be traced to a person: no answers, no session ids, no addresses.
CREATE TABLE anonymous_counter (
    count_date   DATE         NOT NULL,
    counter_name VARCHAR(100) NOT NULL,
    occurrences  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_anonymous_counter PRIMARY KEY (count_date, counter_name)
);
