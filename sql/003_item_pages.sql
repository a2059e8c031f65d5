-- Full articles: for summary-only feed items the linked page may be fetched; its raw
-- HTML (as served) and final URL are kept with the item.
ALTER TABLE items ADD COLUMN page_url VARCHAR;
ALTER TABLE items ADD COLUMN page_html BLOB;
