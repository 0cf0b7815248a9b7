// The FollowTheMoney schemata that are links between two entities ("edge" schemata in FtM's own
// model), with the properties that name their two ends, in FtM's direction.
export interface EdgeSchema {
  source: string;
  target: string;
  directed: boolean;
}

export const FTM_EDGES: Readonly<Record<string, EdgeSchema>> = {
  Ownership: { source: "owner", target: "asset", directed: true },
  Directorship: { source: "director", target: "organization", directed: true },
  Membership: { source: "member", target: "organization", directed: true },
  Employment: { source: "employer", target: "employee", directed: true },
  Representation: { source: "agent", target: "client", directed: true },
  Payment: { source: "payer", target: "beneficiary", directed: true },
  Debt: { source: "debtor", target: "creditor", directed: true },
  Family: { source: "person", target: "relative", directed: false },
  Associate: { source: "person", target: "associate", directed: false },
  UnknownLink: { source: "subject", target: "object", directed: true },
  Succession: { source: "predecessor", target: "successor", directed: true },
  Occupancy: { source: "holder", target: "post", directed: true },
  ProjectParticipant: { source: "participant", target: "project", directed: true },
  ContractAward: { source: "supplier", target: "contract", directed: true },
};

/** Properties that are evidence (turned into a claim's source) rather than attributes. */
export const EVIDENCE_PROPERTIES = ["sourceUrl", "publisher", "publisherUrl", "proof", "retrievedAt"] as const;

/** Properties that date a link: a claim's time when it has a claim, attributes otherwise. */
export const TIME_PROPERTIES = ["startDate", "endDate", "date"] as const;
