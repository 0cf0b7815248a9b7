import type { ClaimStatus } from "../../model";
import { STATUS_PRESENTATION } from "../statusPresentation";

/**
 * The words shown next to a claim in class so nobody takes it as fact. Confirmed and reported
 * claims carry no label: they are the source's finding, and a label on everything is read by nobody.
 */
export function classroomLabel(status: ClaimStatus): string | undefined {
  return STATUS_PRESENTATION[status].classroomLabel;
}
