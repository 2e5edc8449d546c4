-- A hotspot follows the complaints about it: the report that marked it out of order, so that only that report's
-- resolution (with evidence) or refusal puts it back in service.
alter table wifi.hotspot add column laporan_gangguan text;
