import type { ReactNode } from "react";
import { useFigureStyles } from "../styles";

export interface Figure {
  /** Stable key and the term shown. */
  readonly term: string;
  readonly value: ReactNode;
  readonly headline?: boolean;
}

/** Label / value pairs as a description list. */
export function Figures({ figures }: { readonly figures: readonly Figure[] }) {
  const styles = useFigureStyles();
  return (
    <dl className={styles.figures}>
      {figures.map((f) => (
        <div key={f.term} className={styles.pair}>
          <dt className={styles.term}>{f.term}</dt>
          <dd className={f.headline === true ? styles.headline : styles.value}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
