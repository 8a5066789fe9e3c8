-- The KA171 projects that fund an agreement's flows (issue 3: agreements and projects link both ways). The link is
-- kept once, here; an agreement lists its projects and a project finds its agreements through this table.

CREATE TABLE agreement_project (
    agreement_id uuid NOT NULL,
    project_id   uuid NOT NULL,
    CONSTRAINT agreement_project_pk PRIMARY KEY (agreement_id, project_id),
    CONSTRAINT agreement_project_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT agreement_project_project_fk FOREIGN KEY (project_id) REFERENCES ka171_project (id)
);
COMMENT ON TABLE agreement_project IS 'A KA171 project funding mobilities under an agreement; the project lists the agreement''s partner.';
CREATE INDEX agreement_project_project_idx ON agreement_project (project_id);
