/** A refusal that belongs to no one field of a form (react-hook-form's `root` error), read out at once. */
export function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className="error-message" role="alert">
      {message}
    </p>
  ) : null;
}
