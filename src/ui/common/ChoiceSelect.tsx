/** A labelled select over a fixed list of choices; it calls back only with one of them. */
export function ChoiceSelect<Id extends string>({
  label,
  className,
  labelClassName,
  choices,
  value,
  onChoose,
}: {
  label: string;
  /** The class of the label around the select, and of the text in it. */
  className: string;
  labelClassName?: string;
  choices: readonly { id: Id; label: string }[];
  value: Id;
  onChoose: (id: Id) => void;
}) {
  return (
    <label className={className}>
      <span className={labelClassName}>{label}</span>
      <select
        className="select"
        value={value}
        onChange={(event) => {
          const choice = choices.find((candidate) => candidate.id === event.target.value);
          if (choice) onChoose(choice.id);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
