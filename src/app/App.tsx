export function App() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">CCADB Incident Report Writer</h1>
      <p>The wizard is on its way.</p>
    </main>
  );
}
