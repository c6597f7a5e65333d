export function ErrorMessage({ error }: { error: Error }) {
  return (
    <p className="error-message" role="alert">
      {error.message}
    </p>
  );
}
