-- Feature: connector.shopee.alert. The outbox of alerts for the n8n webhook: written in the same
-- transaction as the connector exception that causes it, posted later by the sender timer with
-- retry and backoff, so an alert is neither lost nor sent while its cause rolled back.
CREATE TABLE connector_alert (
    id              text PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('exception', 'summary')),
    -- The exception type (kind = exception); summaries carry their counts in the payload.
    type            text,
    environment     text,
    profile_id      text,
    exception_id    text,
    -- The JSON posted, fixed when the alert is written (never a secret).
    payload         text NOT NULL,
    -- pending → sent | failed (gave up) | suppressed (no webhook URL, or folded into a summary)
    status          text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'suppressed')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    last_attempt_at timestamptz,
    last_error      text,
    -- Set on the alerts a storm summary stands for.
    summary_id      text REFERENCES connector_alert (id) ON DELETE SET NULL
);
-- One alert per exception record, even if its first occurrence were announced twice.
CREATE UNIQUE INDEX connector_alert_exception_once ON connector_alert (exception_id) WHERE exception_id IS NOT NULL;
-- The sender's scan.
CREATE INDEX connector_alert_due ON connector_alert (next_attempt_at) WHERE status = 'pending';
CREATE INDEX connector_alert_summary ON connector_alert (summary_id) WHERE summary_id IS NOT NULL;
