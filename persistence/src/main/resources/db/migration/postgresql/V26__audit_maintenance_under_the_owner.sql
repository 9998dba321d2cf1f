-- Audit partitions are created and dropped by the schema's owner, not by the application's role
-- (DESIGN.md rule 4: the trail cannot be altered by the application). The nightly job calls these
-- functions, which run with their owner's rights (SECURITY DEFINER) and do only this: add a
-- month's partition, or drop one older than the retention floor. The floor is the owner's to set
-- (audit_retention_floor); the application's role may read it, never change it. With the grants
-- of docs/operations.md the application's role owns nothing and can drop no partition itself.
CREATE TABLE audit_retention_floor (
  only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
  months   INTEGER NOT NULL CHECK (months >= 1)
);
INSERT INTO audit_retention_floor (months) VALUES (84);

CREATE FUNCTION audit_add_month(first_day DATE) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  partition TEXT := 'audit_entry_' || to_char(first_day, 'YYYYMM');
BEGIN
  IF first_day <> date_trunc('month', first_day)::date THEN
    RAISE EXCEPTION 'an audit partition starts on the first day of a month, not %', first_day;
  END IF;
  IF to_regclass(partition) IS NOT NULL THEN
    RETURN FALSE;
  END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF audit_entry FOR VALUES FROM (%L) TO (%L)', partition,
    to_char(first_day, 'YYYY-MM-DD') || ' 00:00:00+00', to_char(first_day + INTERVAL '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
  RETURN TRUE;
END $$;

CREATE FUNCTION audit_drop_month(first_day DATE) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  partition TEXT := 'audit_entry_' || to_char(first_day, 'YYYYMM');
  floor_months INTEGER := (SELECT months FROM audit_retention_floor);
BEGIN
  IF first_day + INTERVAL '1 month' > date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => floor_months) THEN
    RAISE EXCEPTION 'audit entries are kept % months: the month of % may not be dropped yet', floor_months, first_day;
  END IF;
  IF to_regclass(partition) IS NULL THEN
    RETURN FALSE;
  END IF;
  EXECUTE format('DROP TABLE %I', partition);
  RETURN TRUE;
END $$;

REVOKE ALL ON FUNCTION audit_add_month(DATE) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_drop_month(DATE) FROM PUBLIC;
