/** Said when the class database does not answer: nothing is lost, try again. */
export function ClassUnavailable() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">The class is unavailable</h1>
      <p className="max-w-prose">The class database does not answer right now. Try again in a minute; answers you give meanwhile are kept in this browser and sent later.</p>
    </>
  );
}
