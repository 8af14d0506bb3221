-- The institutional contact of an innovation (agency/OPD unit, office e-mail and phone, website): public, unlike
-- the personal contacts, so regional staff can reach the innovating agency.
alter table innovation add column public_contact jsonb;
alter table innovation_audit add column public_contact jsonb;
