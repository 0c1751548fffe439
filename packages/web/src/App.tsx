export function App() {
  return <h1>DuPhong</h1>;
}
