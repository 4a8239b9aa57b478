import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { modelChangeRef, type ModelStanding } from "../../core";
import { useTranslation } from "../i18n";
import { useSectionStyles } from "../styles";

/**
 * Non-standard model parameters, said in words at the top of the result (not by colour alone):
 * how many differ from which approved model, where the change stands, and every difference.
 * Nothing is shown for an approved model (the figures name it).
 */
export function ModelStatusBanner({ standing }: { readonly standing: ModelStanding | undefined }) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  const status = standing?.status;
  if (standing === undefined || status === undefined || status.status === "approved") return null;
  const change = standing.change;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{tk("tp.model.nonStandardTitle")}</MessageBarTitle>
        <span className={styles.wrap}>
          {tk("models.status.nonStandard", {
            count: status.differences.length,
            base: status.base.version,
          })}{" "}
          {change !== null && t(modelChangeRef(change))}
        </span>
        <ul className={styles.wrap}>
          {status.differences.map((d) => (
            <li key={d.path}>
              {tk("models.difference", {
                path: d.path,
                approved: d.approved || "—",
                used: d.used || "—",
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
