export function App() {
  return (
    <main>
      <h1>Reelforge</h1>
      <p>The desktop views are being built; use the CLI: npm run reelforge -- render &lt;script&gt;</p>
    </main>
  );
}
